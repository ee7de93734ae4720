package rewrite_test

import "testing"

func init() {
	programs = append(programs, program{"printing_library_type_names", `package main

import (
	"fmt"
	"net/http"
)

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	var resp *http.Response
	var errs []error
	fmt.Printf("%T %T %T %v\n", resp, errs, struct{ E error }{myErr{}}, myErr{})
}
`})
}

// TestPrintLibraryTypeNames checks that %T of a type of Go's library
// whose interfaces a script's type implements (*http.Response, whose
// Request's GetBody returns an error) is left to fmt, which names it as Go
// does, where %T of the script's own types is not.
func TestPrintLibraryTypeNames(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\ntype myErr struct{}\n\nfunc (myErr) Error() string { return \"\" }\n\nfunc main() {\n\tvar resp *http.Response\n\t_ = resp\n\t"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a library type", "fmt.Printf(\"%T\\n\", resp)", nil, []string{"TypeName"}},
		{"a slice of errors", "fmt.Printf(\"%T\\n\", []error{myErr{}})", nil, []string{"TypeName"}},
		{"the script's type", "fmt.Printf(\"%T\\n\", myErr{})", []string{"TypeName"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}
