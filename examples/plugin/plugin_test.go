package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"mysocklab": func() { os.Exit(run()) }})
}

// TestPlugin runs testdata/*.txtar: scripts that import the dice package
// through the custom binary.
func TestPlugin(t *testing.T) {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{Dir: "testdata", Setup: func(env *testscript.Env) error {
		env.Setenv("EXAMPLE", dir) // the folder of roll.go
		return nil
	}})
}
