// difftest: same
package main

// Configuration loaded once: the first handler that needs it loads it with
// sync.Once (here from a string, counting the loads), every connection
// after that reuses it. Ten clients connect at once; the config is loaded
// one time.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type Config struct {
	Greeting string
	MaxLen   int
}

var (
	once   sync.Once
	config *Config
	loads  int
)

func loadConfig() {
	loads++
	config = &Config{}
	for _, line := range strings.Split("greeting=Welcome to the lab\nmaxlen=12", "\n") {
		k, v, _ := strings.Cut(line, "=")
		switch k {
		case "greeting":
			config.Greeting = v
		case "maxlen":
			fmt.Sscan(v, &config.MaxLen)
		}
	}
}

func handle(c net.Conn) {
	defer c.Close()
	once.Do(loadConfig)
	name, _ := bufio.NewReader(c).ReadString('\n')
	name = strings.TrimSpace(name)
	if len(name) > config.MaxLen {
		name = name[:config.MaxLen] + "..."
	}
	fmt.Fprintf(c, "%s, %s\n", config.Greeting, name)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(c)
		}
	}()
	names := []string{"ann", "bob", "a very long name indeed", "dan", "eve", "fay", "gus", "hal", "ivy", "jo"}
	replies := make([]string, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				return
			}
			defer c.Close()
			fmt.Fprintln(c, n)
			replies[i], _ = bufio.NewReader(c).ReadString('\n')
		}()
	}
	wg.Wait()
	for _, r := range replies {
		fmt.Print(r)
	}
	fmt.Println("config loaded", loads, "time(s):", *config)
}
