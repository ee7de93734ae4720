// difftest: same
package main

// Go by Example, Enums: a type with iota constants, a String method from a
// map, and a state machine that moves between them.

import "fmt"

type ServerState int

const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

func (ss ServerState) String() string {
	return stateName[ss]
}

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

type Weekday uint8

const (
	Sunday Weekday = iota + 1
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s %q\n", StateError, StateError, StateRetrying, StateConnected)
	fmt.Printf("%+v %#v %T\n", StateIdle, StateIdle, StateIdle)
	states := []ServerState{StateRetrying, StateIdle, StateError}
	fmt.Println(states)
	fmt.Println(map[ServerState]int{StateIdle: 1, StateError: 2})
	fmt.Println(Sunday, Monday, Tuesday, Thursday)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if err, ok := r.(error); ok {
			fmt.Println("an error:", err)
		}
	}()
	transition(ServerState(7))
}
