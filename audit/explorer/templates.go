package explorer

import (
	"embed"
	"html/template"
	"io/fs"
	"time"
)

// The pages are server-rendered from these templates; static holds the
// stylesheet and the vendored htmx (static/README.md: version and
// SHA-256). Both are compiled into the binary: no JavaScript build step,
// nothing fetched at run time.
var (
	//go:embed templates/*.html
	templateFS embed.FS
	//go:embed static/htmx.min.js static/style.css
	staticFS embed.FS
)

// HTMXVersion is the vendored htmx (static/htmx.min.js).
const HTMXVersion = "2.0.11"

func parseTemplates() (*template.Template, error) {
	funcs := template.FuncMap{
		"utc": func(t time.Time) string {
			if t.IsZero() {
				return "—"
			}
			return t.UTC().Format("2006-01-02 15:04:05 UTC")
		},
		"htmxVersion": func() string { return HTMXVersion },
	}
	return template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
}

// staticFiles is the static/ folder as served under /static/.
func staticFiles() fs.FS {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded tree always has static/
	}
	return sub
}
