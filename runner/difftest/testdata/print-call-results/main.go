// difftest: same
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strconv"
)

// A printing call that prints the results of another call: fmt calls the
// String and Error methods of the script's types among them, as Go does.
type Move struct{ Name string }

func (m Move) String() string { return "move " + m.Name }

type Score int

func (s *Score) String() string { return "score " + strconv.Itoa(int(*s)) }

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return "bad line " + strconv.Itoa(e.Line) }

func pick(name string) (Move, error) {
	if name == "" {
		return Move{}, &ParseError{3}
	}
	return Move{name}, nil
}

func both() (any, *Score) {
	s := Score(7)
	return Move{"any"}, &s
}

func label() (string, Move) { return "label", Move{"m"} }

func main() {
	fmt.Println(pick("rock"))
	fmt.Println(pick(""))
	fmt.Println(both())
	fmt.Print(label())
	fmt.Println()
	fmt.Print(both())
	fmt.Println()
	s := fmt.Sprintln(pick("paper"))
	fmt.Print(s)
	fmt.Println(strconv.Atoi("12"))
	fmt.Println(errors.New("plain"), 1)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(pick("stone"))
}
