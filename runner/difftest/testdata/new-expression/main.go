// difftest: same
package main

// Go 1.26's new of an expression: a pointer to a new variable set to the
// value, for optional fields of a JSON request, evaluated once.

import (
	"encoding/json"
	"fmt"
	"time"
)

type Request struct {
	Path    string         `json:"path"`
	Retries *int           `json:"retries,omitempty"`
	Timeout *time.Duration `json:"timeout,omitempty"`
	Verbose *bool          `json:"verbose,omitempty"`
}

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

var calls int

func retries() int {
	calls++
	return 3
}

func main() {
	r := Request{Path: "/a", Retries: new(retries()), Timeout: new(2 * time.Second)}
	b, _ := json.Marshal(r)
	fmt.Println(string(b), calls)
	r.Verbose = new(len(r.Path) > 1)
	*r.Retries++
	b, _ = json.Marshal(r)
	fmt.Println(string(b))

	n := new(int64(300))
	m := new(300)
	*n += 1
	fmt.Printf("%d %T %d %T\n", *n, n, *m, m)
	s := new("text")
	xs := new([]int{1, 2})
	*xs = append(*xs, 3)
	lv := new(Level(2))
	fmt.Println(*s, *xs, *lv, lv == new(Level(2)))
	zero := new(int)
	fmt.Println(*zero)
	ptrs := []*string{}
	for _, w := range []string{"a", "b"} {
		ptrs = append(ptrs, new(w+"!"))
	}
	fmt.Println(*ptrs[0], *ptrs[1])
}
