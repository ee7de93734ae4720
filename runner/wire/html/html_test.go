package html_test

import (
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/html"
	"github.com/socklab/socklab/runner/wire/internal/wiretest"
)

// TestPageIsSelfContainedAndEscaped writes a page for bytes that would be
// markup if they were not escaped.
func TestPageIsSelfContainedAndEscaped(t *testing.T) {
	tr := wiretest.Exchange(t, []string{"<script>alert(1)</script>\n", "bye\x00"})
	var b strings.Builder
	if err := html.Write(&b, tr); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{"<svg", "server.go", "client.go", `&lt;script&gt;alert(1)&lt;/script&gt;\n`, `bye\0`, "closes first"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	for _, bad := range []string{"<script", "src=", "href=\"http", "@import"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %s", bad)
		}
	}
}

// TestPageSaysWhatIsUnseen writes, under the summary, what a program's
// trace does not show.
func TestPageSaysWhatIsUnseen(t *testing.T) {
	tr := wire.Build([][]wire.Event{{
		{Time: 1, Kind: wire.Hello, Program: "tcp.go"},
		{Time: 2, Kind: wire.Unseen, Note: "no connection shown: tcp.go:9:5 asserts a connection's type (*net.TCPConn)"},
	}})
	var b strings.Builder
	if err := html.Write(&b, tr); err != nil {
		t.Fatal(err)
	}
	if want := "<p>tcp.go: no connection shown: tcp.go:9:5 asserts a connection&#39;s type (*net.TCPConn)</p>"; !strings.Contains(b.String(), want) {
		t.Errorf("the page lacks %s:\n%s", want, b.String())
	}
}
