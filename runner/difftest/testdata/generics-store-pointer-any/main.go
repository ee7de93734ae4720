// difftest: same

package main

import "fmt"

type Conn struct{ ID int }

func (c *Conn) Close() error { return nil }

type Event[T any] struct {
	Name string
	Data T
}

func Wrap[T any](v T) any { return v }

func Store[T any](box *[]any, v T) { *box = append(*box, v) }

func Send[T any](ch chan<- any, v T) { ch <- v }

func describe(v any) string {
	switch x := v.(type) {
	case *Conn:
		return fmt.Sprint("conn ", x.ID)
	case Event[*Conn]:
		return fmt.Sprint("event ", x.Name, " ", x.Data.ID)
	case int:
		return fmt.Sprint("int ", x)
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	var box []any
	Store(&box, &Conn{1})
	Store(&box, 2)
	box = append(box, Wrap(&Conn{3}))
	ch := make(chan any, 2)
	Send(ch, &Conn{4})
	Send(ch, Event[*Conn]{"open", &Conn{5}})
	box = append(box, <-ch, <-ch)
	for _, v := range box {
		fmt.Println(describe(v))
	}
}
