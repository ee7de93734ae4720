// difftest: same
// args: -ip 10.0.0.1 -log -name x -name y
// flag.Func and flag.BoolFunc: flags whose functions parse the value, a
// repeated flag, a boolean flag without a value, and an error a function
// returns.
package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
)

func main() {
	var ip net.IP
	flag.Func("ip", "an `IP address`", func(s string) error {
		ip = net.ParseIP(s)
		if ip == nil {
			return errors.New("could not parse IP")
		}
		return nil
	})
	logged := 0
	flag.BoolFunc("log", "logs a dummy message", func(s string) error {
		logged++
		fmt.Println("log:", s)
		return nil
	})
	var names []string
	flag.Func("name", "a name", func(s string) error { names = append(names, s); return nil })
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Parse()
	fmt.Println(ip, logged, names)
	flag.PrintDefaults()
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Func("ip", "ip", func(s string) error { return errors.New("bad ip " + s) })
	fmt.Println(fs.Parse([]string{"-ip", "zz"}))
}
