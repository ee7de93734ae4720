// difftest: same
package main

// A key-value store served by net/rpc: arguments and replies of structs,
// a sentinel error coming back as rpc.ServerError, unknown methods and
// services, and an asynchronous Go call.

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
	"sort"
	"strings"
	"sync"
)

type KV struct {
	mu   sync.Mutex
	data map[string]string
}

type PutArgs struct {
	Key, Value string
}

type GetReply struct {
	Value string
	Found bool
}

var ErrEmptyKey = errors.New("empty key")

func (kv *KV) Put(args PutArgs, reply *bool) error {
	if args.Key == "" {
		return ErrEmptyKey
	}
	kv.mu.Lock()
	defer kv.mu.Unlock()
	_, existed := kv.data[args.Key]
	kv.data[args.Key] = args.Value
	*reply = existed
	return nil
}

func (kv *KV) Get(key string, reply *GetReply) error {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	v, ok := kv.data[key]
	*reply = GetReply{v, ok}
	return nil
}

func (kv *KV) Keys(prefix string, reply *[]string) error {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	for k := range kv.data {
		if strings.HasPrefix(k, prefix) {
			*reply = append(*reply, k)
		}
	}
	sort.Strings(*reply)
	return nil
}

func main() {
	srv := rpc.NewServer()
	if err := srv.Register(&KV{data: map[string]string{}}); err != nil {
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
	for _, p := range []PutArgs{{"a.x", "1"}, {"a.y", "2"}, {"b.z", "3"}, {"a.x", "10"}, {"", "oops"}} {
		var existed bool
		err := client.Call("KV.Put", p, &existed)
		fmt.Printf("put %v: existed=%v err=%v\n", p, existed, err)
		if err != nil {
			var se rpc.ServerError
			fmt.Printf("  %T errors.As=%v same=%v\n", err, errors.As(err, &se), err.Error() == ErrEmptyKey.Error())
		}
	}
	var g GetReply
	fmt.Println(client.Call("KV.Get", "a.x", &g), g)
	g = GetReply{}
	fmt.Println(client.Call("KV.Get", "nope", &g), g)
	var keys []string
	fmt.Println(client.Call("KV.Keys", "a.", &keys), keys)
	err = client.Call("KV.Missing", "", &keys)
	fmt.Println(err)
	err = client.Call("Nope.Get", "", &keys)
	fmt.Println(err)
	call := client.Go("KV.Get", "b.z", new(GetReply), nil)
	<-call.Done
	fmt.Println(call.ServiceMethod, call.Error, *call.Reply.(*GetReply))
	ln.Close()
}
