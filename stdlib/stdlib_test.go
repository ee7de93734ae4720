package stdlib_test

import (
	"testing"

	"github.com/socklab/socklab/runner/symgen"
)

func TestSymbolTablesAreFresh(t *testing.T) {
	// The extractor imports from source, and Go's source importer runs cgo
	// for packages such as net with an object folder whose files land
	// beside it, in $TMPDIR, and stay: keep them in the test's own folder.
	t.Setenv("TMPDIR", t.TempDir())
	stale, err := symgen.Check(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range stale {
		t.Errorf("%s is stale: run go generate ./stdlib", name)
	}
}
