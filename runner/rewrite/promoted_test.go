package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("promoted", "embedded-library-methods"),
		fromCorpus("promoted_interfaces", "struct-embedded-interface"),
		program{"promoted_error_and_writer", `package main

import (
	"errors"
	"fmt"
	"strings"
)

// coded embeds the error interface beside a code.
type coded struct {
	error
	code int
}

// W writes and says what it holds, with methods of its own.
type W struct{ b strings.Builder }

func (w *W) Write(p []byte) (int, error) { return w.b.Write(p) }
func (w *W) String() string              { return w.b.String() }

func main() {
	var err error = coded{errors.New("bad request"), 400}
	fmt.Println(err, errors.Unwrap(err) == nil)
	w := &W{}
	fmt.Fprintf(w, "%d-%s", 1, "a")
	fmt.Fprintln(w, "!")
	fmt.Print(w.String())
}
`},
		program{"promoted_generic_asserted", `package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type Wrap[T any] struct{ *Box[T] }

type Other struct{}

func (Other) Get() string { return "other" }

type Getter interface{ Get() string }

func main() {
	for _, g := range []Getter{Wrap[string]{&Box[string]{"hi"}}, Other{}} {
		w, ok := g.(Wrap[string])
		if ok {
			fmt.Println("wrap", w.Get(), w.v)
		} else {
			fmt.Println("not a wrap", g.Get(), w.Box == nil)
		}
		var o, isO = g.(Other)
		fmt.Println(o, isO)
	}
}
`},
		program{"promoted_through_pointer_asserted", `package main

import "fmt"

type Shape interface{ Area() float64 }

type Mover interface{ Move(dx float64) }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Move(dx float64)  { r.W += dx }
func (r *Rect) scale(f float64)  { r.W *= f; r.H *= f }
func (r *Rect) String() string   { return fmt.Sprintf("rect %vx%v", r.W, r.H) }

type Square struct{ *Rect }

func (s Square) Name() string { return "square" }

type Tile struct {
	Square
	Color string
}

type scaler interface{ scale(float64) }

func describe(s Shape) string {
	switch v := s.(type) {
	case nil:
		return "nothing"
	case Tile:
		return fmt.Sprint(v.Color, " ", v.Name(), " ", v.Area())
	case Square:
		return fmt.Sprint(v.Name(), " ", v.Area())
	case *Rect:
		return fmt.Sprint("rect ", v.Area())
	}
	return "other"
}

func main() {
	shapes := []Shape{Square{&Rect{2, 2}}, &Rect{1, 3}, Tile{Square{&Rect{1, 1}}, "red"}, nil}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var m Mover = shapes[0].(Square)
	m.Move(1)
	sq, ok := m.(Square)
	fmt.Println(sq.W, ok, sq)
	_, ok = m.(Tile)
	fmt.Println(ok)
	var sc scaler = Tile{Square{&Rect{1, 2}}, "blue"}
	sc.scale(3)
	t := sc.(Tile)
	fmt.Println(t.Area(), t, t.String())
	fmt.Printf("%v %+v\n", t, sq)
}
`},
	)
}

func TestPromotedGenericAssertion(t *testing.T) {
	src := `package main

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type Wrap[T any] struct{ *Box[T] }

type Getter interface{ Get() string }

func main() {
	var g Getter = Wrap[string]{&Box[string]{"hi"}}
	w, ok := g.(Wrap[string])
	_, _ = w, ok
	x := g.(Wrap[string])
	_ = x
}
`
	refuses(t, src, "main.go:15:7: the interpreter does not compile this assertion to Wrap[string], whose method Get comes from a pointer it embeds")
	liftHolds(t, strings.Replace(src, "x := g.(Wrap[string])", "x, _ := g.(Wrap[string])", 1), []string{"w, ok := any(g).(", "x, _ := any(g).("}, nil)
}

func TestPromotedThroughPointer(t *testing.T) {
	liftHolds(t, `package main

type Rect struct{ W float64 }

func (r *Rect) Area() float64 { return r.W }
func (r Rect) Half() float64  { return r.W / 2 }

type Square struct{ *Rect }

type Plain struct{ Rect }

func main() {}
`, []string{") Area() float64 { return _r"}, []string{") Half() float64 {", "Plain) Area"})
}

// TestPromotedMethodEdits checks the methods written out for a struct
// type that embeds a library type.
func TestPromotedMethodEdits(t *testing.T) {
	src := `package main

import (
	"net"
	"strings"
)

type conn struct {
	net.Conn
	n int
}

type buf struct {
	strings.Builder
	name string
}

type own struct{ n int }

func (own) Close() error { return nil }

type Logger interface{ Log(string) }

type sayer interface{ say(string) }

type service struct {
	Logger
	sayer
}

type nested struct{ service }

type both struct {
	own
	*strings.Reader
}

func main() {
	var b buf
	_ = b.Len() + len(b.name)
	var s service
	s.Log("x")
}
`
	got := string(lift(t, "main.go", src))
	for _, want := range []string{
		") Read(_a", "[]byte) (int, error) { return _r", ".Conn.Read(_a",
		") SetDeadline(_a", " _sl", ".Time) error { return _r", // time, which the file does not import
		"*buf) WriteString(_a", "string) (int, error) { return _r", ".Builder.WriteString(_a", // a pointer method of an embedded value
		"buf) Len() int { return _r", // a value method
		"both) Len() int { return _r", ".Reader.Len() }",
		"service) Log(_a", "string)  { _r", ".Logger.Log(_a", // from the script's own interface
		"service) say(_a", ".sayer.say(_a", // unexported, of the script's own
		"nested) Log(_a", ".service.Logger.Log(_a", // two levels down
		"_ = b.Builder/*line :40:7*/.Len() + len(b.name)", // the script's own calls go through the fields
		"s.Logger/*line :42:3*/.Log(\"x\")",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten:\n%s\nwant it to hold %q", got, want)
		}
	}
	for _, not := range []string{"both) Close(", "own) Close() error { return _r"} {
		if strings.Contains(got, not) {
			t.Errorf("rewritten:\n%s\nwant no %q", got, not)
		}
	}
	if !strings.Contains(got, `import _sl`) || !strings.Contains(got, `"time"`) {
		t.Errorf("rewritten:\n%s\nwant an import of time", got)
	}
}
