// difftest: same

package main

import (
	"bufio"
	"fmt"
	"net"
	"sort"
	"strings"
)

type Service interface {
	Name() string
	Handle(args []string) (string, error)
}

type echo struct{}

func (echo) Name() string                      { return "echo" }
func (echo) Handle(a []string) (string, error) { return strings.Join(a, " "), nil }

type counter struct{ n int }

func (c *counter) Name() string { return "count" }
func (c *counter) Handle(a []string) (string, error) {
	c.n += len(a)
	return fmt.Sprint(c.n), nil
}

type rev struct{ prefix string }

func (r rev) Name() string { return "rev" }
func (r rev) Handle(a []string) (string, error) {
	if len(a) == 0 {
		return "", fmt.Errorf("%s: nothing to reverse", r.prefix)
	}
	out := make([]string, len(a))
	for i, w := range a {
		out[len(a)-1-i] = w
	}
	return r.prefix + strings.Join(out, " "), nil
}

type Registry map[string]Service

func (r Registry) Register(s Service) { r[s.Name()] = s }

func (r Registry) Names() []string {
	var ns []string
	for n := range r {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func main() {
	reg := Registry{}
	for _, s := range []Service{echo{}, &counter{}, rev{"<-"}} {
		reg.Register(s)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			svc, ok := reg[f[0]]
			if !ok {
				fmt.Fprintf(c, "no service %q; have %v\n", f[0], reg.Names())
				continue
			}
			out, err := svc.Handle(f[1:])
			if err != nil {
				fmt.Fprintln(c, "error:", err)
				continue
			}
			fmt.Fprintf(c, "%s[%T]: %s\n", svc.Name(), svc, out)
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(c)
	for _, l := range []string{"echo a b", "count x y z", "count w", "rev 1 2 3", "rev", "nope"} {
		fmt.Fprintln(c, l)
		s, _ := r.ReadString('\n')
		fmt.Print(s)
	}
	if cnt, ok := reg["count"].(*counter); ok {
		fmt.Println("counter at", cnt.n)
	}
	switch s := reg["rev"].(type) {
	case rev:
		fmt.Println("rev prefix", s.prefix)
	}
}
