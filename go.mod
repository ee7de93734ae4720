module github.com/socklab/socklab

go 1.26

require (
	github.com/spf13/pflag v1.0.10
	github.com/traefik/yaegi v0.16.1
)
