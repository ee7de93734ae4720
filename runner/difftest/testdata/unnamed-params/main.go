// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Handlers take arguments they do not need: Go lets the parameters go
// unnamed.

func seconds() int { return 4 }

type Conn struct{ addr string }

func (Conn) Close(bool) string { return strings.ToUpper("closed") + fmt.Sprint(seconds()) }

func (c Conn) Write(_ []byte, n int) (int, error) { return n * seconds(), nil }

func ignore(string, int) int { return seconds() * 10 }

func count(...string) int { total := seconds(); return total * 100 }

func main() {
	timeout := func(any) int { return seconds() * 1000 }
	fmt.Println(timeout(nil), func(any) int { return seconds() * 1000 }(nil))

	onData := func([]byte, int) string {
		msg := fmt.Sprint("got ", seconds())
		return msg
	}
	fmt.Println(onData([]byte("hi"), 2))

	handlers := map[string]func(string, ...int) (int, string){
		"ping": func(string, ...int) (int, string) { n := seconds(); return n + 1, "pong" },
		"quit": func(_ string, _ ...int) (int, string) { return seconds() * 2, "bye" },
	}
	for _, name := range []string{"ping", "quit"} {
		n, reply := handlers[name]("arg", 1, 2, 3)
		fmt.Println(name, n, reply)
	}

	c := Conn{"127.0.0.1:9000"}
	fmt.Println(c.Close(true))
	fmt.Println(c.Write([]byte("x"), 3))
	fmt.Println(ignore("a", 1), count("a", "b"))

	done := make(chan string, 1)
	go func(chan string, int) {
		s := strings.Repeat("x", seconds())
		done <- s
	}(done, 1)
	fmt.Println(<-done)
}
