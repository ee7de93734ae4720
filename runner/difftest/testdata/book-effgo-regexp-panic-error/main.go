// difftest: same
package main

// Effective Go, Recover: a parser that panics with an Error of its own
// deep inside, and a Compile that turns that panic back into a returned
// error while letting any other panic through; safelyDo for workers.

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type Error string

func (e Error) Error() string { return string(e) }

type Regexp struct {
	expr  string
	atoms []string
}

func (regexp *Regexp) error(err string) {
	panic(Error(err))
}

func (regexp *Regexp) doParse(str string) *Regexp {
	depth := 0
	for i, r := range str {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				regexp.error(fmt.Sprintf("unexpected ) at %d", i))
			}
		case '*':
			if i == 0 {
				regexp.error("missing argument to repetition operator")
			}
		case '!':
			var m map[string]int
			m["boom"]++
		}
		regexp.atoms = append(regexp.atoms, string(r))
	}
	if depth > 0 {
		regexp.error("missing )")
	}
	return regexp
}

func Compile(str string) (regexp *Regexp, err error) {
	regexp = new(Regexp)
	regexp.expr = str
	defer func() {
		if e := recover(); e != nil {
			regexp = nil
			err = e.(Error)
		}
	}()
	return regexp.doParse(str), nil
}

type Work struct{ name string }

func do(w *Work) {
	if strings.HasPrefix(w.name, "bad") {
		panic("cannot do " + w.name)
	}
	fmt.Println("did", w.name)
}

func safelyDo(work *Work) {
	defer func() {
		if err := recover(); err != nil {
			log.Println("work failed:", err)
		}
	}()
	do(work)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	for _, expr := range []string{"a(b)c", "(ab", "a)b", "*a", "ab*"} {
		re, err := Compile(expr)
		if err != nil {
			fmt.Printf("%-6s error: %v\n", expr, err)
			continue
		}
		fmt.Printf("%-6s ok: %d atoms %v\n", expr, len(re.atoms), re.atoms)
	}
	for _, w := range []*Work{{"one"}, {"bad two"}, {"three"}} {
		safelyDo(w)
	}
	_, err := Compile("a!b")
	fmt.Println("not reached", err)
}
