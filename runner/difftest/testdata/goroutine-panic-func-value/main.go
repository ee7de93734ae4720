// difftest: same
// stderr: panic
package main

// A tiny dispatcher keeps its handlers in a map of function values and
// starts each request's handler with go handlers[name](req). A handler
// that meets a request it cannot serve panics with the program's error
// type; its deferred call prints first, and Go's report names the error's
// text: "panic: request 3: no such user".

import (
	"fmt"
	"sync"
	"time"
)

type request struct {
	id   int
	user string
}

type notFound struct {
	id   int
	what string
}

func (e *notFound) Error() string { return fmt.Sprintf("request %d: no such %s", e.id, e.what) }

func main() {
	users := map[string]int{"ann": 31, "bob": 42}
	var mu sync.Mutex
	served := 0
	handlers := map[string]func(request){
		"age": func(r request) {
			defer func() { mu.Lock(); served++; mu.Unlock() }()
			age, ok := users[r.user]
			if !ok {
				panic(&notFound{r.id, "user"})
			}
			fmt.Printf("request %d: %s is %d\n", r.id, r.user, age)
		},
	}
	handle := handlers["age"]
	for i, name := range []string{"ann", "bob"} {
		go handle(request{i + 1, name})
		time.Sleep(20 * time.Millisecond)
	}
	go handlers["age"](request{3, "cy"})
	time.Sleep(time.Second) // the handler's panic ends the program first
	fmt.Println("not reached", served)
}
