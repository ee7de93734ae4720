// difftest: same
package main

// A key-value store protocol: SET key value, GET key, DEL key, KEYS and
// QUIT, one command a line, answered with OK, the value, NOT_FOUND or
// ERR. The store is shared by every connection behind a sync.RWMutex.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]string
}

var ErrNotFound = errors.New("NOT_FOUND")

func (s *Store) Get(k string) (string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	if !ok {
		return "", ErrNotFound
	}
	return v, nil
}

func (s *Store) Set(k, v string) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func (s *Store) Del(k string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.data[k]; !ok {
		return ErrNotFound
	}
	delete(s.data, k)
	return nil
}

func (s *Store) Keys() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	keys := make([]string, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (s *Store) handle(conn net.Conn) {
	defer conn.Close()
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), " ", 3)
		var reply string
		switch cmd := strings.ToUpper(parts[0]); {
		case cmd == "SET" && len(parts) == 3:
			s.Set(parts[1], parts[2])
			reply = "OK"
		case cmd == "GET" && len(parts) == 2:
			v, err := s.Get(parts[1])
			if err != nil {
				reply = err.Error()
			} else {
				reply = v
			}
		case cmd == "DEL" && len(parts) == 2:
			if err := s.Del(parts[1]); errors.Is(err, ErrNotFound) {
				reply = "NOT_FOUND"
			} else {
				reply = "OK"
			}
		case cmd == "KEYS":
			reply = strings.Join(s.Keys(), ",")
		case cmd == "QUIT":
			fmt.Fprintln(conn, "BYE")
			return
		default:
			reply = fmt.Sprintf("ERR unknown command %q", sc.Text())
		}
		fmt.Fprintln(conn, reply)
	}
}

func main() {
	store := &Store{data: make(map[string]string)}
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
			go store.handle(c)
		}
	}()
	session := func(cmds ...string) {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		defer c.Close()
		r := bufio.NewReader(c)
		for _, cmd := range cmds {
			fmt.Fprintln(c, cmd)
			reply, err := r.ReadString('\n')
			if err != nil {
				fmt.Println("connection:", err)
				return
			}
			fmt.Printf("%-22s -> %s", cmd, reply)
		}
	}
	session("SET name Ada Lovelace", "SET lang Go", "GET name", "get lang", "GET nope")
	session("KEYS", "DEL lang", "DEL lang", "KEYS", "PUT x", "SET onlykey", "QUIT")
}
