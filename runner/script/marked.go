package script

import (
	"io"
	"strings"

	"github.com/socklab/socklab/runner/diag"
)

// markedFS is the source the interpreter reads: sourceFS, with every Go
// file's statements marked so that a panic names the expression that
// failed (see diag.Mark).
type markedFS struct{ sourceFS }

// ReadFile is how the interpreter reads a source file (fs.ReadFile).
// It marks the file as sourceFS serves it: rewritten where it was.
func (m markedFS) ReadFile(name string) ([]byte, error) {
	real := m.real(name)
	b, ok := m.rewritten.files[real]
	if !ok {
		var err error
		if b, err = readPlain(real); err != nil {
			return nil, err
		}
	}
	if !strings.HasSuffix(name, ".go") {
		return b, nil
	}
	return diag.MarkTyped(name, b, diag.FactsFor(real)), nil
}

// posSymbols is the package the marked source imports to place a panic.
func posSymbols() exports {
	return exports{diag.PosPackage + "/pos": diag.Symbols()}
}

// notePositions names positions in panic reports under the script's
// display name (see stderrFilter), and sends diag's notes for a crash
// that leaves no report of its own (stack overflow, out of memory) to the
// supervisor on diagOut.
func notePositions(o Options, rewrite func(string) string, diagOut io.Writer) {
	diag.SetNames(rewrite)
	diag.SetSource(Source(o))
	diag.SetNotes(func(line string) { io.WriteString(diagOut, line+"\n") })
	diag.WatchMemory(o.Limits.WithDefaults().Memory)
}
