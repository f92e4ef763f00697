package explorer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/kakehashi/kakehashi/chains"
)

// Limits of the search results: the full page, and the list shown as one
// types.
const (
	searchLimit   = 50
	fragmentLimit = 10
)

func (e *Explorer) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", e.handleOverview)
	mux.HandleFunc("GET /search", e.handleSearch)
	mux.HandleFunc("GET /search/results", e.handleSearchFragment)
	mux.HandleFunc("GET /transfers/{id}", e.handleTransfer)
	mux.HandleFunc("GET /blocks/{h}", e.handleBlock)
	static := http.FileServerFS(staticFiles())
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(static)))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		e.fail(w, r, http.StatusNotFound, "No page at "+r.URL.Path+".")
	})
	return mux
}

// ServeHTTP serves the explorer's pages with headers that keep the
// browser from running anything but the explorer's own scripts.
func (e *Explorer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	e.mux.ServeHTTP(w, r)
}

func cacheFor(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		next.ServeHTTP(w, r)
	})
}

// page is what every template gets: the title, the search box's value
// and the page's own view.
type page struct {
	Title string
	Query string
	Live  bool // the overview: htmx refreshes it
	Body  any
}

// withViewer calls fn with a viewer over the index, under the read lock,
// or answers 503 before the first verified block.
func (e *Explorer) withViewer(w http.ResponseWriter, r *http.Request, fn func(v *viewer)) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if e.ix.head() == nil {
		e.fail(w, r, http.StatusServiceUnavailable, "No audit block verified yet: the explorer is still reading its replicas.")
		return
	}
	fn(&viewer{ix: e.ix, names: e.cfg.Names, now: e.cfg.Now(), anchorStates: e.anchors, anchorsOff: e.cfg.AnchorsOff})
}

func (e *Explorer) handleOverview(w http.ResponseWriter, r *http.Request) {
	e.withViewer(w, r, func(v *viewer) {
		ov := v.overview(e.ledger.Report(), e.cfg.Genesis != [32]byte{}, e.verifiedAt, e.replicas)
		e.render(w, r, http.StatusOK, "overview.html", page{Title: "Audit chain", Live: true, Body: ov})
	})
}

func (e *Explorer) handleTransfer(w http.ResponseWriter, r *http.Request) {
	id, err := chains.ParseTransferID(r.PathValue("id"))
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, "Not a transfer id: want 32 bytes of hex, 0x-prefixed or not.")
		return
	}
	e.withViewer(w, r, func(v *viewer) {
		tv, ok := v.transfer(id)
		if !ok {
			e.fail(w, r, http.StatusNotFound, "Transfer "+id.String()+" is not in the verified audit chain (yet: a transfer appears once its source event is final and recorded).")
			return
		}
		e.render(w, r, http.StatusOK, "transfer.html", page{Title: "Transfer " + shortHex(id[:]), Body: tv})
	})
}

func (e *Explorer) handleBlock(w http.ResponseWriter, r *http.Request) {
	h, err := strconv.ParseUint(r.PathValue("h"), 10, 64)
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, "Not a block height: want a decimal number.")
		return
	}
	e.withViewer(w, r, func(v *viewer) {
		bv, ok := v.block(h)
		if !ok {
			e.fail(w, r, http.StatusNotFound, fmt.Sprintf("No block %d in the verified audit chain: its head is block %d.", h, v.ix.head().header.Height))
			return
		}
		e.render(w, r, http.StatusOK, "block.html", page{Title: fmt.Sprintf("Block %d", h), Body: bv})
	})
}

// searchView is the page at /search and the list at /search/results.
type searchView struct {
	Query string `json:"query"`
	Hits  []hit  `json:"hits"`
	More  bool   `json:"more"`
}

// handleSearch answers a search: one hit redirects to it, several are
// listed, none is a 404 page saying so.
func (e *Explorer) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	e.withViewer(w, r, func(v *viewer) {
		hits, more := v.search(q, searchLimit)
		sv := searchView{Query: q, Hits: hits, More: more}
		switch {
		case strings.TrimSpace(q) == "":
			e.render(w, r, http.StatusOK, "search.html", page{Title: "Search", Body: sv})
		case len(hits) == 1 && !wantsJSON(r):
			http.Redirect(w, r, hits[0].Href, http.StatusSeeOther)
		case len(hits) == 0:
			e.render(w, r, http.StatusNotFound, "search.html", page{Title: "Not found", Query: q, Body: sv})
		default:
			e.render(w, r, http.StatusOK, "search.html", page{Title: "Search", Query: q, Body: sv})
		}
	})
}

// handleSearchFragment is the result list htmx swaps in below the search
// box while one types. It always answers 200 (htmx swaps only those).
func (e *Explorer) handleSearchFragment(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	e.withViewer(w, r, func(v *viewer) {
		hits, more := v.search(q, fragmentLimit)
		e.render(w, r, http.StatusOK, "results.html", searchView{Query: q, Hits: hits, More: more})
	})
}

// wantsJSON reports whether the client asked for the page's JSON twin.
func wantsJSON(r *http.Request) bool {
	acc := r.Header.Get("Accept")
	return strings.Contains(acc, "application/json") && !strings.Contains(acc, "text/html")
}

// render writes the template, or with Accept: application/json the view
// itself. It renders into a buffer first so that a template error is a
// 500, not half a page.
func (e *Explorer) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	if wantsJSON(r) {
		if p, ok := data.(page); ok {
			data = p.Body
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(data)
		return
	}
	var buf bytes.Buffer
	if err := e.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		e.log.Error().Err(err).Str("template", name).Msg("render")
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// errorView is the body of an error page.
type errorView struct {
	Status  int    `json:"status"`
	Message string `json:"error"`
}

// fail answers an error page. It reads nothing shared, so it serves
// from inside withViewer too.
func (e *Explorer) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	e.render(w, r, status, "error.html", page{Title: http.StatusText(status), Body: errorView{Status: status, Message: msg}})
}
