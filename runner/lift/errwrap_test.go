package lift

import (
	"testing"

	"github.com/traefik/yaegi/interp"
)

// TestErrorWrapperTable checks that the interpreter still keeps its error
// wrapper where ErrorWrapperTable reads it: without it, errors.Is and
// errors.As stop at a script's error with an Unwrap method.
func TestErrorWrapperTable(t *testing.T) {
	i := interp.New(interp.Options{})
	tab := ErrorWrapperTable(i)
	if tab == nil {
		t.Fatal("the interpreter keeps no error wrapper under the import path \"\": socklab cannot hand a script's errors to compiled code with their Unwrap methods")
	}
	if err := i.Use(tab); err != nil {
		t.Fatal(err)
	}
}
