module github.com/mitchellh/colorstring
