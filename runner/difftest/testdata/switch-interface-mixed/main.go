// difftest: same
// A switch on a value of type any, error or fmt.Stringer whose cases mix
// constants of basic types with values of other types: a variable of Go's
// library (io.EOF), a sentinel of the script, nil, named constants of the
// script's types, struct values.
package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrQuit = errors.New("quit")

type Color int

const (
	Red Color = iota
	Green
	Blue
)

type Op string

const Quit Op = "quit"

type Point struct{ X, Y int }

type Name string

func (n Name) String() string { return "name:" + string(n) }

type Code int

func (c Code) String() string { return fmt.Sprint("code", int(c)) }

const Ann Name = "ann"

func classify(v any) string {
	switch v {
	case 1:
		return "one"
	case io.EOF:
		return "eof"
	case ErrQuit:
		return "quit"
	case nil:
		return "nil"
	case "s", 2.5:
		return "s or 2.5"
	case Red:
		return "red"
	case Green, Blue:
		return "green or blue"
	case Quit:
		return "Quit op"
	case "quit":
		return "quit string"
	case Point{1, 2}:
		return "p12"
	case Point{}:
		return "zero point"
	default:
		return fmt.Sprint("other ", v)
	}
}

func pick(i int) fmt.Stringer {
	return []fmt.Stringer{Ann, Name("bob"), Code(3), nil}[i]
}

func main() {
	for _, v := range []any{1, io.EOF, ErrQuit, nil, "s", 2.5, errors.New("quit"), int64(1),
		Red, Green, 0, Blue, Op("quit"), "quit", 2, Point{1, 2}, Point{}, Point{2, 1}} {
		fmt.Println(classify(v))
	}
	var err error = ErrQuit
	switch err {
	case io.EOF, nil:
		fmt.Println("eof or nil")
	case ErrQuit:
		fmt.Println("quit")
	}
	for i := 0; i < 4; i++ {
		s := pick(i)
		switch s {
		case Ann:
			fmt.Println("ann")
		case Code(3):
			fmt.Println("code 3")
			fallthrough
		case nil:
			fmt.Println("nil or after code 3")
		default:
			fmt.Println("other", s)
		}
	}
}
