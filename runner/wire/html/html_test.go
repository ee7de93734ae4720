package html_test

import (
	"strings"
	"testing"

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
