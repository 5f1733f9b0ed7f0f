# A <style> element and a style attribute.
text_repo \<style\>body\{display:none\}\</style\>\<div\ style=\"display:none\"\>
