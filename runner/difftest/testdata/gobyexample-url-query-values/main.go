// difftest: same
// Go by Example, URL Parsing, taken further: user info, ports, query
// values built and encoded, escaping, resolving a reference and the
// errors of bad URLs.
package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v&k=w&x=1#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host)
	fmt.Println(port)
	fmt.Println(u.Path)
	fmt.Println(u.Fragment)
	fmt.Println(u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0], m.Get("x"), m.Has("z"))
	fmt.Println(u.Hostname(), u.Port(), u.String())
	q := url.Values{}
	q.Set("name", "Ava Smith")
	q.Add("tag", "a&b")
	q.Add("tag", "ü")
	fmt.Println(q.Encode())
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	un, err := url.QueryUnescape("a%20b+c")
	fmt.Println(un, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)
	base, _ := url.Parse("https://example.com/a/b/c")
	ref, _ := url.Parse("../d?x=1")
	fmt.Println(base.ResolveReference(ref))
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	_, err = url.Parse(":foo")
	fmt.Println(err)
	u2 := &url.URL{Scheme: "https", Host: "go.dev", Path: "/doc/a b", RawQuery: "q=1"}
	fmt.Println(u2, u2.EscapedPath(), u2.RequestURI(), u2.IsAbs())
	fmt.Printf("%v %+v\n", u.User, *u2)
	j := u.JoinPath("x", "../y")
	fmt.Println(j)
}
