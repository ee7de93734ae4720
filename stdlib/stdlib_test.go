package stdlib_test

import (
	"testing"

	"github.com/socklab/socklab/runner/symgen"
)

func TestSymbolTablesAreFresh(t *testing.T) {
	stale, err := symgen.Check(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range stale {
		t.Errorf("%s is stale: run go generate ./stdlib", name)
	}
}
