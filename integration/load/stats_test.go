package load

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Pure helpers of the load benchmark, built without the integration tag so
// that their unit tests run in plain `go test`.

// plan assigns a route to each of n transfers, in the proportions of mix,
// in a shuffled (but reproducible) order.
func plan(n int, mix []int) []int {
	out := make([]int, 0, n)
	for r, p := range mix {
		for i := 0; i < n*p/100; i++ {
			out = append(out, r)
		}
	}
	for r := 0; len(out) < n; r = (r + 1) % len(mix) {
		if mix[r] > 0 {
			out = append(out, r)
		}
	}
	rnd := rand.New(rand.NewSource(8))
	rnd.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// ---- statistics ----

type dist []float64

func (d dist) q(p float64) float64 {
	if len(d) == 0 {
		return 0
	}
	s := append(dist(nil), d...)
	sort.Float64s(s)
	i := int(p*float64(len(s))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(s) {
		i = len(s) - 1
	}
	return s[i]
}

func (d dist) mean() float64 {
	if len(d) == 0 {
		return 0
	}
	var s float64
	for _, v := range d {
		s += v
	}
	return s / float64(len(d))
}

// ---- relayd processes ----

type procStat struct {
	cpu    float64 // seconds, user + system
	hwmKiB int64
}

func readProc(pid int) (procStat, error) {
	var st procStat
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return st, err
	}
	// Fields after the command name, which is in parentheses and may hold spaces.
	f := strings.Fields(string(raw)[strings.LastIndexByte(string(raw), ')')+2:])
	if len(f) < 13 {
		return st, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	ut, err1 := strconv.ParseFloat(f[11], 64)  // utime, field 14
	stt, err2 := strconv.ParseFloat(f[12], 64) // stime, field 15
	if err1 != nil || err2 != nil {
		return st, fmt.Errorf("/proc/%d/stat: utime %q stime %q", pid, f[11], f[12])
	}
	st.cpu = (ut + stt) / 100 // USER_HZ is 100 on Linux
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return st, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			st.hwmKiB, err = strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				return st, fmt.Errorf("/proc/%d/status VmHWM %q: %v", pid, v, err)
			}
		}
	}
	return st, nil
}

func TestPlan(t *testing.T) {
	tests := []struct {
		name string
		n    int
		mix  []int
		want []int // transfers per route
	}{
		{name: "default mix", n: 1000, mix: []int{60, 20, 20}, want: []int{600, 200, 200}},
		{name: "remainder spread", n: 7, mix: []int{60, 20, 20}, want: []int{5, 1, 1}},
		{name: "one route", n: 10, mix: []int{0, 100, 0}, want: []int{0, 10, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := make([]int, len(tc.mix))
			p := plan(tc.n, tc.mix)
			if len(p) != tc.n {
				t.Fatalf("plan has %d transfers, want %d", len(p), tc.n)
			}
			for _, r := range p {
				got[r]++
			}
			for r := range got {
				if got[r] != tc.want[r] {
					t.Fatalf("route %d: %d transfers, want %d (all %v)", r, got[r], tc.want[r], got)
				}
			}
		})
	}
}

func TestDist(t *testing.T) {
	d := dist{5, 1, 4, 2, 3, 6, 7, 8, 9, 10}
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{name: "p50", got: d.q(.5), want: 5},
		{name: "p90", got: d.q(.9), want: 9},
		{name: "p99", got: d.q(.99), want: 10},
		{name: "max", got: d.q(1), want: 10},
		{name: "min", got: d.q(0), want: 1},
		{name: "mean", got: d.mean(), want: 5.5},
		{name: "empty", got: dist{}.q(.5), want: 0},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	if d[0] != 5 {
		t.Errorf("q sorted the distribution in place")
	}
}

func TestReadProc(t *testing.T) {
	st, err := readProc(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if st.hwmKiB <= 0 || st.cpu < 0 {
		t.Fatalf("readProc(self) = %+v, want a positive peak RSS", st)
	}
	if _, err := readProc(-1); err == nil {
		t.Fatal("readProc(-1): no error")
	}
}
