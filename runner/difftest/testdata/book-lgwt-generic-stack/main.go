// difftest: same
package main

// Learn Go with Tests, Generics: AssertEqual and AssertNotEqual over
// comparable types, and a Stack[T] with Push, Pop and IsEmpty used for
// ints and strings.

import "fmt"

type Stack[T any] struct {
	values []T
}

func NewStack[T any]() *Stack[T] {
	return new(Stack[T])
}

func (s *Stack[T]) Push(value T) {
	s.values = append(s.values, value)
}

func (s *Stack[T]) IsEmpty() bool {
	return len(s.values) == 0
}

func (s *Stack[T]) Pop() (T, bool) {
	if s.IsEmpty() {
		var zero T
		return zero, false
	}
	index := len(s.values) - 1
	el := s.values[index]
	s.values = s.values[:index]
	return el, true
}

func AssertEqual[T comparable](got, want T) {
	if got != want {
		fmt.Printf("FAIL got %v, want %v\n", got, want)
		return
	}
	fmt.Printf("ok %v\n", got)
}

func AssertNotEqual[T comparable](got, want T) {
	if got == want {
		fmt.Printf("FAIL didn't want %v\n", got)
		return
	}
	fmt.Printf("ok %v != %v\n", got, want)
}

func AssertTrue(got bool)  { AssertEqual(got, true) }
func AssertFalse(got bool) { AssertEqual(got, false) }

func main() {
	AssertEqual(1, 1)
	AssertNotEqual(1, 2)
	AssertEqual("hello", "hello")
	AssertNotEqual("hello", "Grace")

	myStackOfInts := NewStack[int]()
	AssertTrue(myStackOfInts.IsEmpty())
	myStackOfInts.Push(123)
	AssertFalse(myStackOfInts.IsEmpty())
	myStackOfInts.Push(456)
	value, _ := myStackOfInts.Pop()
	AssertEqual(value, 456)
	value, _ = myStackOfInts.Pop()
	AssertEqual(value, 123)
	AssertTrue(myStackOfInts.IsEmpty())
	_, ok := myStackOfInts.Pop()
	AssertFalse(ok)

	firstNum, _ := myStackOfInts.Pop()
	myStackOfInts.Push(1)
	myStackOfInts.Push(2)
	a, _ := myStackOfInts.Pop()
	b, _ := myStackOfInts.Pop()
	AssertEqual(a+b+firstNum, 3)

	words := NewStack[string]()
	for _, w := range []string{"to", "be", "or"} {
		words.Push(w)
	}
	for !words.IsEmpty() {
		w, _ := words.Pop()
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d\n", words.values, len(myStackOfInts.values))
}
