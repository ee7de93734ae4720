// difftest: same
package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger interface{ Log(string) }

type prefix struct{ p string }

func (x prefix) Log(s string) { fmt.Println(x.p + s) }

// Service gets Log from the Logger it embeds.
type Service struct {
	Logger
	name string
}

// upper embeds a reader and changes what it reads.
type upper struct{ io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	s := Service{prefix{"> "}, "svc"}
	s.Log("direct, from " + s.name)
	var l Logger = s
	l.Log("through the interface")
	var p Logger = prefix{"# "}
	for _, t := range []Service{{p, "a"}, {Logger(prefix{"~ "}), "b"}} {
		t.Log(t.name)
	}
	b, _ := io.ReadAll(upper{strings.NewReader("shout")})
	fmt.Println(string(b))
	ps := &Service{prefix{"* "}, "p"}
	ps.Log("through a pointer")
	log := s.Log
	log("as a method value")
	a := audited{Service: s}
	a.Log("two levels down")
	q := quiet{plain{}}
	q.say("unexported, from the script's own interface")
}

// audited embeds a struct that embeds the interface.
type audited struct {
	Service
	count int
}

type sayer interface{ say(string) }

type plain struct{}

func (plain) say(s string) { fmt.Println("plain:", s) }

type quiet struct{ sayer }

func init() { _ = quiet{plain{}} }
