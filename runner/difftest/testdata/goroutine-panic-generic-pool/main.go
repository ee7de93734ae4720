// difftest: same
// stderr: panic
package main

// A generic pool that starts one goroutine per item with the function it
// is handed (go work(it, done) inside pool[T]) and waits for each, and a
// notifier whose interface main declares itself, started with go
// n.notify(...). A price that makes no sense panics with the program's
// Cents type: Go's report is "panic: main.Cents(-250)".

import "fmt"

type Cents int

type mailer struct{ to string }

func (m mailer) notify(msg string, done chan<- bool) {
	fmt.Println("mail to", m.to+":", msg)
	done <- true
}

func pool[T any](items []T, work func(T, chan<- bool)) {
	done := make(chan bool)
	for _, it := range items {
		go work(it, done)
		<-done
	}
}

func main() {
	type notifier interface {
		notify(msg string, done chan<- bool)
	}
	var n notifier = mailer{"ops"}
	sent := make(chan bool)
	go n.notify("pricing starts", sent)
	<-sent
	pool([]Cents{1200, 805, -250, 99}, func(c Cents, done chan<- bool) {
		if c < 0 {
			panic(c)
		}
		fmt.Printf("price %d.%02d\n", c/100, c%100)
		done <- true
	})
	fmt.Println("not reached")
}
