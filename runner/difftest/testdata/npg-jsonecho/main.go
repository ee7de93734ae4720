// difftest: same
package main

// The JSON echo server of Network Programming with Go: the client sends
// a Person with nested names and a list of emails, the server decodes it,
// prints it with the book's String method, and sends it back.

import (
	"encoding/json"
	"fmt"
	"net"
	"strings"
)

type Name struct {
	Family   string
	Personal string
}

type Email struct {
	Kind    string `json:"kind"`
	Address string `json:"address"`
}

type Person struct {
	Name  Name
	Email []Email `json:",omitempty"`
}

func (p Person) String() string {
	s := p.Name.Personal + " " + p.Name.Family
	for _, v := range p.Email {
		s += "\n" + v.Kind + ": " + v.Address
	}
	return s
}

func server(ln net.Listener, done chan<- bool) {
	defer close(done)
	conn, err := ln.Accept()
	if err != nil {
		return
	}
	defer conn.Close()
	dec := json.NewDecoder(conn)
	enc := json.NewEncoder(conn)
	for {
		var p Person
		if err := dec.Decode(&p); err != nil {
			fmt.Println("server:", err)
			return
		}
		fmt.Println("server got:", p)
		p.Name.Family = strings.ToUpper(p.Name.Family)
		enc.Encode(p)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	done := make(chan bool)
	go server(ln, done)

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := json.NewEncoder(conn)
	dec := json.NewDecoder(conn)
	people := []Person{
		{Name: Name{"Newmarch", "Jan"}, Email: []Email{{"home", "jan@newmarch.name"}, {"work", "j.newmarch@boxhill.edu.au"}}},
		{Name: Name{"Lovelace", "Ada"}},
	}
	for _, p := range people {
		enc.Encode(p)
		var back Person
		if err := dec.Decode(&back); err != nil {
			fmt.Println("client:", err)
			return
		}
		out, _ := json.Marshal(back)
		fmt.Println("client got:", string(out))
	}
	conn.Write([]byte(`{"Name": {"Family": 7}}` + "\n"))
	conn.(*net.TCPConn).CloseWrite()
	<-done
	conn.Close()
}
