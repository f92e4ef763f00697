package explorer_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/kakehashi/kakehashi/audit/explorer"
)

// An explorer over an export file: verified once, then served. A
// relayd's replica is explorer.URLReplica("http://relayd:9180", nil);
// Run keeps either up to date.
func Example() {
	ex, err := explorer.New(explorer.Config{Replicas: []explorer.Replica{explorer.FileReplica("../testdata/sample-chain.jsonl")}})
	if err != nil {
		panic(err)
	}
	if _, err := ex.Refresh(context.Background()); err != nil {
		panic(err)
	}
	head, _ := ex.Head()
	fmt.Println("verified up to block", head.Height)

	srv := httptest.NewServer(ex)
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(srv.URL + "/search?q=3")
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	fmt.Println(resp.Status, resp.Header.Get("Location"))
	// Output:
	// verified up to block 7
	// 303 See Other /blocks/3
}
