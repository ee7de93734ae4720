// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Write(b []byte) (int, error) { c.n += len(b); return len(b), nil }

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

type Quiet struct{}

func (*Quiet) Error() string { return "quiet error" }

func writer(on bool) io.Writer {
	var c *Counter
	if on {
		c = &Counter{}
	}
	return c
}

func reading(ok bool) fmt.Stringer {
	var t *Temp
	if ok {
		t = &Temp{21.5}
	}
	return t
}

func quiet() error {
	var q *Quiet
	return q
}

func main() {
	fmt.Println(writer(false) == nil, writer(false))
	fmt.Printf("%v|%+v|%s|%d\n", writer(false), writer(false), writer(false), writer(false))
	fmt.Println(reading(true), reading(false))
	fmt.Printf("[%v] [%s] [%q] [%x]\n", reading(false), reading(false), reading(false), reading(false))
	fmt.Println(quiet(), quiet() == nil)
	fmt.Printf("%v %q %10s|\n", quiet(), quiet(), quiet())
	err := fmt.Errorf("op: %w", quiet())
	fmt.Println(err, errors.Unwrap(err) == quiet())
	var q *Quiet
	fmt.Println(errors.As(err, &q), q == nil)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Printf("temp %v, err %v", reading(false), quiet())
	var sb strings.Builder
	fmt.Fprint(&sb, reading(false), " ", quiet())
	fmt.Println(sb.String())
	s := fmt.Sprint(reading(false))
	fmt.Println(len(s), s)
}
