// difftest: same

// A generic event bus that remembers what it published with
// slices.Contains and forgets it with slices.DeleteFunc, instantiated
// with an interface the program declares and with error.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type Event interface{ Kind() string }

type Click struct{ X, Y int }
type Key struct{ Code rune }

func (Click) Kind() string { return "click" }
func (Key) Kind() string   { return "key" }

type Bus[E comparable] struct {
	seen []E
	subs []func(E)
}

func (b *Bus[E]) Subscribe(f func(E)) { b.subs = append(b.subs, f) }

func (b *Bus[E]) Publish(e E) bool {
	if slices.Contains(b.seen, e) {
		return false
	}
	b.seen = append(b.seen, e)
	for _, f := range b.subs {
		f(e)
	}
	return true
}

func (b *Bus[E]) Forget(e E) {
	b.seen = slices.DeleteFunc(b.seen, func(x E) bool { return x == e })
}

var ErrA = errors.New("a")

type TempErr struct{ N int }

func (t TempErr) Error() string { return fmt.Sprint("temp ", t.N) }

func main() {
	var bus Bus[Event]
	bus.Subscribe(func(e Event) { fmt.Println("got", e.Kind(), e) })
	fmt.Println(bus.Publish(Click{1, 2}), bus.Publish(Key{'a'}), bus.Publish(Click{1, 2}), bus.Publish(Click{2, 1}))
	bus.Forget(Click{1, 2})
	fmt.Println(len(bus.seen), bus.Publish(Click{1, 2}))
	var errs Bus[error]
	fmt.Println(errs.Publish(ErrA), errs.Publish(ErrA), errs.Publish(TempErr{1}), errs.Publish(TempErr{1}), errs.Publish(TempErr{2}))
	errs.Forget(TempErr{1})
	fmt.Println(errs.seen)
}
