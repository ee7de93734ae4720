package script

import (
	"os"
	"reflect"
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
		if b, err = os.ReadFile(real); err != nil {
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
	return exports{diag.PosPackage + "/pos": {"Exit": reflect.ValueOf(diag.Exit), "ExitValues": reflect.ValueOf(diag.ExitValues), "Shape": reflect.ValueOf(diag.Shape)}}
}

// notePositions names positions in panic reports under the script's
// display name (see stderrFilter).
func notePositions(o Options, rewrite func(string) string) {
	diag.SetNames(rewrite)
	diag.SetSource(Source(o))
}
