// difftest: same
package main

// Taking URLs apart and putting them together with net/url: the parts,
// the query's values, a relative link resolved against a base, escaping,
// and the *url.Error of one that does not parse.

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("http://ada:secret@127.0.0.1:8080/api/items?id=7&tag=a&tag=b#top")
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment)
	pw, set := u.User.Password()
	fmt.Println(u.User.Username(), pw, set, u.User)
	q := u.Query()
	fmt.Println(q.Get("id"), q["tag"], q.Has("tag"), q.Get("none") == "")
	fmt.Println(u.Redacted())
	fmt.Println(u.RequestURI(), u.IsAbs())

	base, _ := url.Parse("http://127.0.0.1/docs/guide/index.html")
	for _, ref := range []string{"intro.html", "../api/", "/top", "?page=2", "//[::1]:81/x"} {
		r, err := url.Parse(ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-12s -> %s\n", ref, base.ResolveReference(r))
	}

	v := url.Values{}
	v.Set("q", "go sockets & more")
	v.Add("lang", "en")
	v.Add("lang", "fr")
	fmt.Println(v.Encode())
	fmt.Println(url.PathEscape("a b/c"), url.QueryEscape("a b/c?"))
	s, err := url.QueryUnescape("100%25+sure")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)

	built := url.URL{Scheme: "http", Host: "localhost:9000", Path: "/a path/ü", RawQuery: v.Encode()}
	fmt.Println(built.String())
	fmt.Println(u.JoinPath("more", "../x").String())

	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Op)
	_, err = url.Parse(" http://127.0.0.1/")
	fmt.Println(err)
	_, err = url.ParseRequestURI("relative/path")
	fmt.Println(err)
}
