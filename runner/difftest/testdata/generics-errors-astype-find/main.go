// difftest: same

// errors.AsType of a type parameter constrained by error, in generic
// functions that find an error of the type their instance names in
// wrapped and joined errors, and *fs.PathError of a missing file.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct{ Retry int }

func (t Temporary) Error() string { return "temporary, retry in " + strconv.Itoa(t.Retry) }

func Find[E error](err error) (E, bool) {
	return errors.AsType[E](err)
}

func Explain[E error](err error, what func(E) string) string {
	if e, ok := errors.AsType[E](err); ok {
		return what(e)
	}
	return "unknown: " + err.Error()
}

func main() {
	errs := []error{
		fmt.Errorf("get: %w", &NotFound{"k1"}),
		fmt.Errorf("call: %w", Temporary{3}),
		errors.Join(errors.New("a"), Temporary{5}),
		errors.New("plain"),
	}
	for _, err := range errs {
		nf, ok1 := Find[*NotFound](err)
		tmp, ok2 := Find[Temporary](err)
		fmt.Println(ok1, ok2, nf != nil, tmp.Retry)
		fmt.Println(Explain(err, func(t Temporary) string { return "retry " + strconv.Itoa(t.Retry) }))
	}
	_, err := os.ReadFile("no-such-file.txt")
	pe, ok := Find[*fs.PathError](err)
	fmt.Println(ok, pe.Op, pe.Path)
}
