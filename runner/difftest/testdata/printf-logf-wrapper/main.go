// difftest: same
// A small key-value server's logger: logf adds a prefix to the caller's
// format and hands its arguments on to log.Printf, and debugf to
// fmt.Fprintf, as server code often does. The values logged are the
// script's own types: a request struct, a slice type, a Stringer.
package main

import (
	"fmt"
	"log"
	"os"
)

type Request struct {
	Op    string
	Key   string
	value []byte
}

type Keys []string

type Status int

func (s Status) String() string {
	switch s {
	case 0:
		return "OK"
	case 1:
		return "NOT_FOUND"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

const prefix = "[kv] "

func logf(format string, args ...any) {
	log.Printf(prefix+format, args...)
}

func debugf(format string, args ...any) {
	fmt.Fprintf(os.Stdout, "debug: "+format+"\n", args...)
}

func handle(store map[string][]byte, r Request) Status {
	logf("got %+v (%T)", r, r)
	if r.Op == "put" {
		store[r.Key] = r.value
		return 0
	}
	if _, ok := store[r.Key]; !ok {
		return 1
	}
	return 0
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	store := map[string][]byte{}
	reqs := []Request{{"put", "a", []byte("1")}, {"get", "a", nil}, {"get", "b", nil}}
	for _, r := range reqs {
		st := handle(store, r)
		logf("%s -> %v (%d)", r.Key, st, st)
		debugf("%#v", r)
	}
	keys := Keys{"a"}
	debugf("keys %v %#v %T", keys, keys, keys)
	debugf("status %v %q %x", Status(7), Status(1), Status(0))
	debugf("%-10T|%v", &reqs[0], &reqs[0])
	logf("done")
}
