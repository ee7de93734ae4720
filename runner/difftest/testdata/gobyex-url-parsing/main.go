// difftest: same
package main

// Go by Example, URL Parsing: the parts of a URL, its user, host and port,
// its query as url.Values, escaping, and resolving a reference.

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path/to%20x?k=v&k=w&q=a+b#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, set := u.User.Password()
	fmt.Println(p, set)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host, port)
	fmt.Println(u.Hostname(), u.Port())
	fmt.Println(u.Path, u.RawPath, u.EscapedPath())
	fmt.Println(u.Fragment)
	fmt.Println(u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0], m.Get("q"), m.Has("x"))
	fmt.Println(u.Query().Get("k"))
	fmt.Println(u.Redacted())
	fmt.Println(u.String())

	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	fmt.Println(v.Encode())
	v.Del("name")
	fmt.Println(v.Encode(), v["friend"])

	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	un, err := url.QueryUnescape("a%20b+c")
	fmt.Println(un, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)

	base, _ := url.Parse("http://example.com/a/b/c")
	for _, ref := range []string{"../d", "/e", "?x=1", "//other.org/f", "g#h"} {
		r, _ := url.Parse(ref)
		fmt.Println(ref, "->", base.ResolveReference(r))
	}
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	_, err = url.Parse(":no-scheme")
	fmt.Println(err)
	rel, _ := url.Parse("mailto:ann@example.org")
	fmt.Println(rel.Scheme, rel.Opaque, rel.IsAbs())
	fmt.Println(base.JoinPath("x", "../y", "z/").String())
}
