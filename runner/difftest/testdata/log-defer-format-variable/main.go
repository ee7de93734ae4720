// difftest: same
// A server's handler logs when it is done with a deferred log.Printf, a
// logger's Printf and a logf wrapper, whose formats come from a table,
// and reports from a goroutine: Go evaluates the arguments at the defer
// or go statement and prints them when the call runs, what a pointer
// points to then.
package main

import (
	"fmt"
	"log"
	"os"
	"sync"
)

type Session struct {
	User  string
	bytes int
}

type Stats struct {
	Served int
	last   Session
}

// lines hands what a logger writes to the goroutine that reads it.
type lines chan string

func (l lines) Write(p []byte) (int, error) {
	l <- string(p)
	return len(p), nil
}

var formats = map[string]string{
	"done":  "done: %+v\n",
	"stats": "stats %T: %v\n",
	"short": "%v sent %d bytes",
}

var audit = log.New(os.Stdout, "audit: ", 0)

func logf(format string, args ...any) {
	log.Printf("[server] "+format, args...)
}

func handle(s *Session, st *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	defer log.Printf(formats["done"], s)
	defer audit.Printf(formats["short"], *s, s.bytes)
	defer logf(formats["stats"], *st, st)
	s.bytes += 512
	st.Served++
	st.last = *s
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	st := &Stats{}
	var wg sync.WaitGroup
	for _, user := range []string{"ana", "bo"} {
		wg.Add(1)
		handle(&Session{User: user, bytes: 10}, st, &wg)
	}
	wg.Wait()
	out := make(lines)
	bg := log.New(out, "bg: ", 0)
	go bg.Printf(formats["stats"], *st, &st.last)
	fmt.Print(<-out)
	go log.New(out, "bg: ", 0).Printf(formats["done"], st)
	fmt.Print(<-out)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		defer mu.Unlock()
		defer fmt.Printf(formats["done"], st)
		st.Served = 100
	}()
	mu.Lock()
	fmt.Println(fmt.Sprintf(formats["short"], Session{"cy", 1}, 3))
}
