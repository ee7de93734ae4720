// difftest: same
package main

// Functions that Go's library returns (context.AfterFunc's stop,
// sync.OnceFunc's function) stored by a function literal into variables
// of the function around it, then called there.

import (
	"context"
	"fmt"
	"sync"
)

type Service struct {
	name  string
	start func()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var stop func() bool
	var warmup func()
	setup := func(s *Service) {
		stop = context.AfterFunc(ctx, func() { fmt.Println("cleanup never runs") })
		warmup = sync.OnceFunc(func() { fmt.Println("warming up", s.name) })
		s.start = func() { warmup(); fmt.Println(s.name, "started") }
	}
	svc := &Service{name: "api"}
	setup(svc)
	svc.start()
	svc.start()
	fmt.Println("stopped before cancel:", stop())
	cancel()
	fmt.Println("stopped after cancel:", stop())
}
