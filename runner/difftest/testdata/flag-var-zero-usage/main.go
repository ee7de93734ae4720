// difftest: same
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type csv []string

func (c *csv) String() string { return fmt.Sprint(*c) }
func (c *csv) Set(s string) error {
	*c = strings.Split(s, ",")
	return nil
}

type port int

func (p *port) String() string { return fmt.Sprintf("%d", *p) }
func (p *port) Set(s string) error {
	_, err := fmt.Sscan(s, (*int)(p))
	return err
}

func main() {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var hosts csv
	fs.Var(&hosts, "hosts", "comma-separated `list` of hosts")
	backups := csv{"b1", "b2"}
	fs.Var(&backups, "backups", "backup hosts")
	var p port
	fs.Var(&p, "port", "port to listen on (0 picks one)")
	admin := port(9000)
	fs.Var(&admin, "admin", "admin port")
	for _, args := range [][]string{{"-h"}, {"-port", "x"}, {"-hosts", "a,b", "-port", "80", "rest"}} {
		err := fs.Parse(args)
		fmt.Println("err:", err, hosts, p, fs.Args())
	}
}
