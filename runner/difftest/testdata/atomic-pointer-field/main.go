// difftest: same
package main

// A struct that holds an atomic.Pointer, printed, encoded and used through
// method values, as a service keeps its current settings.

import (
	"encoding/json"
	"fmt"
	"sync/atomic"
)

type Settings struct {
	Host string
	Port int
}

func (s *Settings) String() string { return fmt.Sprintf("%s:%d", s.Host, s.Port) }

type Service struct {
	Name     string
	settings atomic.Pointer[Settings]
}

type Exported struct {
	Name    string
	Current atomic.Pointer[Settings]
}

type Counter = atomic.Pointer[int]

func describe(p *atomic.Pointer[Settings]) string {
	if s := p.Load(); s != nil {
		return "serving " + s.String()
	}
	return "no settings"
}

func main() {
	svc := &Service{Name: "echo"}
	fmt.Printf("%v\n%+v\n", svc, svc)
	fmt.Printf("%T %v\n", &svc.settings, &svc.settings)
	fmt.Println(describe(&svc.settings))

	load := svc.settings.Load
	store := svc.settings.Store
	store(&Settings{"127.0.0.1", 7000})
	fmt.Println(describe(&svc.settings), load())
	fmt.Println(load().Port, load() == svc.settings.Load())

	swap := (*atomic.Pointer[Settings]).Swap
	prev := swap(&svc.settings, &Settings{"127.0.0.1", 7001})
	fmt.Println("was", prev, "now", svc.settings.Load())

	out, err := json.Marshal(svc)
	fmt.Println(string(out), err)
	ex := &Exported{Name: "x"}
	ex.Current.Store(&Settings{"::1", 80})
	out, err = json.Marshal(ex)
	fmt.Println(string(out), err)

	var c Counter
	n := 5
	fmt.Println(c.CompareAndSwap(nil, &n), *c.Load())
	m := 5
	fmt.Println(c.CompareAndSwap(&m, nil), c.Load() == &n)

	pointers := []*atomic.Pointer[Settings]{&svc.settings, &ex.Current}
	for i, p := range pointers {
		fmt.Println(i, p.Load().Host)
	}
	byName := map[string]*atomic.Pointer[Settings]{"svc": &svc.settings}
	byName["svc"].Store(nil)
	fmt.Println(describe(byName["svc"]), svc.settings.Load() == nil)
	var zero atomic.Pointer[Settings]
	fmt.Printf("%v %+v %#v\n", &zero, &zero, &zero)
}
