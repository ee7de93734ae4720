// difftest: same
// args: -n 3 -upper hello lab
package main

// A client configured from its command line with the flag package: how
// many times to send (-n), whether the server should shout (-upper), and
// the words to send (the arguments after the flags). It starts its own
// echo server on loopback to talk to.

import (
	"bufio"
	"flag"
	"fmt"
	"net"
	"os"
	"strings"
)

func main() {
	n := flag.Int("n", 1, "how many times to send")
	upper := flag.Bool("upper", false, "ask the server to shout")
	timeout := flag.Duration("timeout", 0, "unused here")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: client [-n N] [-upper] words...")
		os.Exit(2)
	}
	fmt.Printf("n=%d upper=%v timeout=%v args=%q\n", *n, *upper, *timeout, flag.Args())

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			mode, text, _ := strings.Cut(sc.Text(), " ")
			if mode == "U" {
				text = strings.ToUpper(text)
			}
			fmt.Fprintln(c, text)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	mode := "N"
	if *upper {
		mode = "U"
	}
	r := bufio.NewReader(c)
	for i := 1; i <= *n; i++ {
		fmt.Fprintf(c, "%s %s #%d\n", mode, strings.Join(flag.Args(), " "), i)
		reply, _ := r.ReadString('\n')
		fmt.Print(reply)
	}
	flag.VisitAll(func(f *flag.Flag) { fmt.Printf("-%s default %q now %q\n", f.Name, f.DefValue, f.Value) })
}
