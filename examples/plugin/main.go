// Command plugin is socklab with one more helper package: scripts run by
// it may import github.com/socklab/socklab/examples/plugin/dice. Build a
// binary like this one to give a class helpers of your own:
//
//	go build -o mysocklab ./examples/plugin
//	./mysocklab run examples/plugin/roll.go
package main

import (
	"os"

	"github.com/socklab/socklab/examples/plugin/symbols"
	"github.com/socklab/socklab/runner"
)

func main() { os.Exit(run()) }

func run() int {
	runner.Register(symbols.Symbols)
	return runner.Main(os.Args[1:])
}
