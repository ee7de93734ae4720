// difftest: same
package main

import (
	"flag"
	"fmt"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string {
	if l == nil {
		return "nil"
	}
	return strings.Join(*l, ",")
}

func (l *listFlag) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprintf("level-%d", int(*l)) }
func (l *level) Set(s string) error {
	*l = level(len(s))
	return nil
}

type name struct{ v string }

func (n *name) String() string {
	if n == nil {
		return "<nil>"
	}
	return n.v
}
func (n *name) Set(s string) error { n.v = s; return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var usage strings.Builder
	fs.SetOutput(&usage)
	var l listFlag
	fs.Var(&l, "item", "an `item` to add")
	l2 := listFlag{"a", "b"}
	fs.Var(&l2, "pre", "preset items")
	lv := level(0)
	fs.Var(&lv, "lvl", "level")
	lv2 := level(3)
	fs.Var(&lv2, "lvl2", "level two")
	n := name{"bob"}
	fs.Var(&n, "name", "the name")
	n2 := name{}
	fs.Var(&n2, "empty", "empty name")
	fs.Func("fn", "a func flag", func(s string) error { return nil })
	fs.BoolFunc("bf", "a bool func", func(s string) error { return nil })
	fs.PrintDefaults()
	err := fs.Parse([]string{"-bogus"})
	fmt.Print(usage.String())
	fmt.Println("err:", err)
}
