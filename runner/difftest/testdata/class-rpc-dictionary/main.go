// difftest: same
package main

// A dictionary service over net/rpc: Define stores a word, Lookup returns
// its entry, and a missing word comes back as an error the client sees as
// rpc.ServerError. Arguments and replies are structs with slices.

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
	"strings"
	"sync"
)

type Entry struct {
	Word     string
	Meanings []string
}

type DefineArgs struct {
	Word    string
	Meaning string
}

type Dictionary struct {
	mu      sync.Mutex
	entries map[string]*Entry
}

func (d *Dictionary) Define(args DefineArgs, count *int) error {
	if strings.TrimSpace(args.Word) == "" {
		return errors.New("empty word")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	e, ok := d.entries[args.Word]
	if !ok {
		e = &Entry{Word: args.Word}
		d.entries[args.Word] = e
	}
	e.Meanings = append(e.Meanings, args.Meaning)
	*count = len(e.Meanings)
	return nil
}

func (d *Dictionary) Lookup(word string, reply *Entry) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	e, ok := d.entries[word]
	if !ok {
		return fmt.Errorf("%q is not in the dictionary", word)
	}
	*reply = *e
	return nil
}

func main() {
	srv := rpc.NewServer()
	if err := srv.Register(&Dictionary{entries: map[string]*Entry{}}); err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Accept(ln)
	client, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer client.Close()
	for _, a := range []DefineArgs{{"socket", "an endpoint"}, {"port", "a number"}, {"socket", "a hole for a plug"}, {" ", "nothing"}} {
		var n int
		err := client.Call("Dictionary.Define", a, &n)
		fmt.Printf("define %q: %d meanings, err %v\n", a.Word, n, err)
	}
	for _, w := range []string{"socket", "port", "packet"} {
		var e Entry
		err := client.Call("Dictionary.Lookup", w, &e)
		var se rpc.ServerError
		if errors.As(err, &se) {
			fmt.Println("server says:", string(se))
			continue
		}
		fmt.Printf("%s: %s\n", e.Word, strings.Join(e.Meanings, "; "))
	}
	err = client.Call("Dictionary.Remove", "port", new(int))
	fmt.Println("remove:", err)
}
