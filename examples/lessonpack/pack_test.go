// Package lessonpack runs the tests of this lesson pack under go test, as a
// teacher's own repository of lessons would.
package lessonpack

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/lessontest"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"socklab": func() { os.Exit(runner.Main(os.Args[1:])) },
	})
}

func TestPack(t *testing.T) {
	lessontest.TestAll(t, ".", lessontest.Options{})
}
