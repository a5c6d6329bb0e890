import { graphql } from '../../gql';

export const GLOSSARIES_KEY = ['glossaries'];

/** data.all's largest page of glossary nodes: a glossary's whole tree is read at once. */
export const TREE_PAGE_SIZE = 1000;

export const ListGlossaries = graphql(`
  query ListGlossaries($filter: GlossaryFilter) {
    listGlossaries(filter: $filter) {
      count
      page
      pages
      nodes {
        nodeUri
        label
        readme
        admin
        owner
        status
        created
        userRoleForGlossary
        stats { categories terms associations }
      }
    }
  }
`);

export const GetGlossaryTree = graphql(`
  query GetGlossaryTree($nodeUri: String!, $filter: GlossaryNodeSearchFilter) {
    getGlossary(nodeUri: $nodeUri) {
      nodeUri
      label
      readme
      admin
      owner
      status
      created
      updated
      userRoleForGlossary
      stats { categories terms associations }
      tree(filter: $filter) {
        count
        nodes {
          __typename
          ... on Glossary { nodeUri parentUri path label readme owner status created updated }
          ... on Category {
            nodeUri parentUri path label readme owner status created updated
            stats { categories terms associations }
          }
          ... on Term {
            nodeUri parentUri path label readme owner status created updated
            stats { associations }
          }
        }
      }
    }
  }
`);

/** The links to the terms at or below a node: the glossary's, a category's or one term's (data.all's query). */
export const GetNodeAssociations = graphql(`
  query GetNodeAssociations($nodeUri: String!, $filter: GlossaryTermTargetFilter) {
    getGlossary(nodeUri: $nodeUri) {
      nodeUri
      associations(filter: $filter) {
        count
        page
        pages
        nodes {
          linkUri
          nodeUri
          targetUri
          targetType
          target { label }
          owner
          approvedBySteward
          created
          term { label }
        }
      }
    }
  }
`);

export const FindGlossaryTerms = graphql(`
  query FindGlossaryTerms($filter: GlossaryNodeSearchFilter) {
    searchGlossary(filter: $filter) {
      count
      nodes {
        __typename
        ... on Term { nodeUri label readme path glossary { nodeUri label } }
      }
    }
  }
`);

export const CreateGlossary = graphql(`
  mutation CreateGlossary($input: CreateGlossaryInput) {
    createGlossary(input: $input) { nodeUri label }
  }
`);

export const UpdateGlossary = graphql(`
  mutation UpdateGlossary($nodeUri: String!, $input: UpdateGlossaryInput) {
    updateGlossary(nodeUri: $nodeUri, input: $input) { nodeUri label }
  }
`);

export const DeleteGlossary = graphql(`
  mutation DeleteGlossary($nodeUri: String!) {
    deleteGlossary(nodeUri: $nodeUri)
  }
`);

export const CreateCategory = graphql(`
  mutation CreateCategory($parentUri: String!, $input: CreateCategoryInput) {
    createCategory(parentUri: $parentUri, input: $input) { nodeUri label }
  }
`);

export const UpdateCategory = graphql(`
  mutation UpdateCategory($nodeUri: String!, $input: UpdateCategoryInput) {
    updateCategory(nodeUri: $nodeUri, input: $input) { nodeUri label }
  }
`);

export const DeleteCategory = graphql(`
  mutation DeleteCategory($nodeUri: String!) {
    deleteCategory(nodeUri: $nodeUri)
  }
`);

export const CreateTerm = graphql(`
  mutation CreateTerm($parentUri: String!, $input: CreateTermInput) {
    createTerm(parentUri: $parentUri, input: $input) { nodeUri label }
  }
`);

export const UpdateTerm = graphql(`
  mutation UpdateTerm($nodeUri: String!, $input: UpdateTermInput) {
    updateTerm(nodeUri: $nodeUri, input: $input) { nodeUri label }
  }
`);

export const DeleteTerm = graphql(`
  mutation DeleteTerm($nodeUri: String!) {
    deleteTerm(nodeUri: $nodeUri)
  }
`);

export const ApproveTermAssociation = graphql(`
  mutation ApproveTermAssociation($linkUri: String!) {
    approveTermAssociation(linkUri: $linkUri)
  }
`);

export const DismissTermAssociation = graphql(`
  mutation DismissTermAssociation($linkUri: String!) {
    dismissTermAssociation(linkUri: $linkUri)
  }
`);
