// difftest: same
// stderr: panic
package main

// A pool of download workers started with go worker(...): a worker that
// meets a status it cannot handle panics with the program's own status
// type, after its deferred call reports how far it got. The program ends
// with exit status 2, and Go's report on standard error is
// "panic: main.Status(503)".

import (
	"fmt"
	"strings"
	"time"
)

type Status int

type task struct {
	url    string
	status Status
}

func worker(id int, tasks <-chan task, done chan<- string, prefix ...string) {
	n := 0
	defer func() { fmt.Printf("worker %d handled %d\n", id, n) }()
	for t := range tasks {
		if t.status >= 500 {
			panic(t.status)
		}
		done <- fmt.Sprintf("%s%d %s: %d", strings.Join(prefix, ""), id, t.url, t.status)
		n++
	}
}

func main() {
	tasks := make(chan task)
	done := make(chan string)
	go worker(1, tasks, done, "w", "#")
	for _, t := range []task{{"/", 200}, {"/old", 301}, {"/busy", 503}} {
		tasks <- t
		if t.status < 500 {
			fmt.Println(<-done)
		}
	}
	time.Sleep(time.Hour) // the worker's panic ends the program first
	fmt.Println("not reached")
}
