package walkthrough

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Info strings of the fenced blocks a session runs.
const (
	infoRun      = "sh"          // the session, in order
	infoTeardown = "sh teardown" // after the test's own checks
)

// errNoSection: the page has no such heading, or nothing to run under it.
var errNoSection = errors.New("walkthrough: no session")

// section returns the shell blocks of the section of md headed exactly
// heading (a Markdown ATX heading such as "## Dapp quickstart"), up to the
// next heading of the same or a higher level: run joins the blocks fenced
// ```sh, teardown those fenced ```sh teardown, each in page order. Lines
// inside a fence are never taken for headings (a shell comment starts
// with #). Other blocks (output, YAML, TypeScript) are left out.
func section(md, heading string) (run, teardown string, err error) {
	level := strings.IndexFunc(heading, func(r rune) bool { return r != '#' })
	if level < 1 || !strings.HasPrefix(heading[level:], " ") {
		return "", "", fmt.Errorf("%w: %q is not a Markdown heading", errNoSection, heading)
	}
	var (
		in, found bool
		fence     string           // the open fence's info string; "" outside one
		dst       *strings.Builder // where the open block's lines go, if anywhere
		r, td     strings.Builder
	)
	for _, line := range strings.Split(md, "\n") {
		if fence != "" {
			if strings.TrimSpace(line) == "```" {
				fence, dst = "", nil
			} else if dst != nil && in {
				dst.WriteString(line + "\n")
			}
			continue
		}
		if info, ok := strings.CutPrefix(line, "```"); ok {
			fence = "```" + info // non-empty even for a bare fence
			switch strings.TrimSpace(info) {
			case infoRun:
				dst = &r
			case infoTeardown:
				dst = &td
			}
			continue
		}
		if l := strings.IndexFunc(line, func(r rune) bool { return r != '#' }); l >= 1 && strings.HasPrefix(line[l:], " ") {
			if in && l <= level {
				break
			}
			if line == heading {
				in, found = true, true
			}
		}
	}
	switch {
	case !found:
		return "", "", fmt.Errorf("%w: no heading %q", errNoSection, heading)
	case r.Len() == 0:
		return "", "", fmt.Errorf("%w: no ```%s block under %q", errNoSection, infoRun, heading)
	}
	return r.String(), td.String(), nil
}

func TestSection(t *testing.T) {
	page := "# Page\n\n## Other\n\n```sh\nnot this\n```\n\n" +
		"## Session\n\nProse.\n\n```sh\necho one\n# a comment, not a heading\n```\n\n```\noutput\n```\n\n" +
		"### Step\n\n```yaml\nkey: v\n```\n\n```sh\necho two\n```\n\n```sh teardown\necho down\n```\n\n" +
		"## Empty\n\n```\noutput only\n```\n\n## Next\n\n```sh\nnor this\n```\n"
	for _, tc := range []struct {
		name, heading, run, teardown string
		err                          bool
	}{
		{name: "blocks in order, subsections included", heading: "## Session", run: "echo one\n# a comment, not a heading\necho two\n", teardown: "echo down\n"},
		{name: "a subsection alone", heading: "### Step", run: "echo two\n", teardown: "echo down\n"},
		{name: "missing heading", heading: "## Gone", err: true},
		{name: "a heading of another level", heading: "### Session", err: true},
		{name: "nothing to run", heading: "## Empty", err: true},
		{name: "a top heading takes the whole page", heading: "# Page", run: "not this\necho one\n# a comment, not a heading\necho two\nnor this\n", teardown: "echo down\n"},
		{name: "not a heading", heading: "Session", err: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run, teardown, err := section(page, tc.heading)
			if tc.err {
				if !errors.Is(err, errNoSection) {
					t.Fatalf("err = %v, want errNoSection", err)
				}
				return
			}
			if err != nil || run != tc.run || teardown != tc.teardown {
				t.Fatalf("section(%q) = %q, %q, %v; want %q, %q", tc.heading, run, teardown, err, tc.run, tc.teardown)
			}
		})
	}
}
