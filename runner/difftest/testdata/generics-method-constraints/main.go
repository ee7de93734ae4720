// difftest: same
package main

// Constraints with methods and type sets together: a Stringer constraint,
// ~int with a String method, a constraint that names a pointer method
// (PT interface{ *T; Set(string) }), and generic methods that call them.

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface {
	String() string
}

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Level int

func (l Level) String() string { return "L" + strconv.Itoa(int(l)) }

type IntStringer interface {
	~int
	String() string
}

func Highest[T IntStringer](xs ...T) string {
	best := xs[0]
	for _, x := range xs {
		if x > best {
			best = x
		}
	}
	return best.String() + "=" + strconv.Itoa(int(best))
}

type Setter[T any] interface {
	*T
	Set(string) error
}

func ParseAll[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

type Port struct{ n int }

func (p *Port) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 65535 {
		return fmt.Errorf("bad port %q", s)
	}
	p.n = n
	return nil
}

type Box[T Stringer] struct{ items []T }

func (b *Box[T]) Add(x T) *Box[T] { b.items = append(b.items, x); return b }
func (b *Box[T]) String() string  { return "[" + JoinAll(b.items, " ") + "]" }

func main() {
	fmt.Println(JoinAll([]Level{1, 2, 3}, ", "))
	fmt.Println(Highest(Level(3), Level(9), Level(4)))
	ports, err := ParseAll[Port]([]string{"80", "443", "8080"})
	fmt.Println(ports, err)
	ports, err = ParseAll[Port]([]string{"22", "99999"})
	fmt.Println(ports, err)
	b := &Box[Level]{}
	b.Add(5).Add(6)
	fmt.Println(b.String(), len(b.items))
	nested := &Box[*Box[Level]]{}
	nested.Add(b).Add(new(Box[Level]).Add(7))
	fmt.Println(nested.String())
}
